# British-style dates for the English pages: "15 September 2026".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
