from django.urls import path

from gallery import views

app_name = "gallery"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("<str:token>/", views.case_detail, name="case"),
]
