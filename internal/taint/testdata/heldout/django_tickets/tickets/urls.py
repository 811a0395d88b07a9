from django.urls import include, path, re_path
from rest_framework.routers import DefaultRouter

from . import api, views

app_name = "tickets"

router = DefaultRouter()
router.register(r"tickets", api.TicketViewSet, basename="ticket")

urlpatterns = [
    path("search/", views.ticket_search, name="search"),
    path("search/safe/", views.ticket_search_safe),
    path("mine/", views.my_tickets),
    path("<int:ticket_id>/", views.ticket_detail),
    path("legacy/", views.ticket_legacy),
    path("hello/", views.greeting),
    path("hello/safe/", views.greeting_safe),
    path("preview/", views.title_preview),
    path("banner/", views.status_banner),
    path("banner/safe/", views.status_banner_safe),
    path("custom-report/", views.custom_report),
    path("login/done/", views.login_done),
    path("login/done/safe/", views.login_done_safe),
    path("back/", views.back_to_referrer),
    path("lang/", views.set_language),
    path("export/", views.export_csv),
    path("plugin/", views.run_plugin),
    path("filter/", views.remember_filter),
    path("report/", views.report),
    path("restore/", views.restore_snapshot),
    re_path(r"^attachments/(?P<filename>[^/]+)$", views.AttachmentDownload.as_view()),
    re_path(r"^attachments-safe/(?P<filename>[^/]+)$", views.AttachmentDownloadSafe.as_view()),
    path("attachments/upload/", views.AttachmentUpload.as_view()),
    path("fields/<str:field>/", views.FieldHelp.as_view()),
    path("saved/", views.ticket_saved),
    path("open/", views.open_ticket),
    path("feed/", views.import_feed),
    path("rules/", views.import_rules),
    path("api/import/", api.TicketImportView.as_view()),
    path("api/import/safe/", api.TicketImportSafeView.as_view()),
    path("api/users/", api.UserLookupView.as_view()),
    path("api/contacts/", api.ContactLookupView.as_view()),
    path("api/", include(router.urls)),
]
