# British-style dates for the English pages: "15 September 2026".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
# Date and time the same way, as the admin shows them: "15 September 2026, 14:05".
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
