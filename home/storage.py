"""Media on S3-compatible object storage (AWS S3, MinIO, Ceph, Scaleway, OVH…), chosen by the
environment (MEDIA_S3_BUCKET and the variables beside it in config/settings/base.py).

The bucket stays private: nothing in it is ever given a public ACL and no address of the bucket
is handed to readers. A picture's copy or a document is read through the site's own addresses
(/media/images/… by home/media.py, /documents/… by the document view), which check who may see
it, so that an original, a partner's private upload or an unapproved picture never leaves by the
bucket, and the page cache and Varnish keep the public ones as with files on disk.

Files are always read, written, listed and deleted through Django's storage API (never by a
path on disk): the same code then runs on a local folder and on a bucket."""

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.http import FileResponse
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaStorage(S3Storage):
    """A private S3 bucket whose files are addressed at the site's own MEDIA_URL, as files on
    disk are: a picture's copy at /media/images/<name>, served by the site after its checks."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name)).lstrip("/")

    def stream(self, name):
        """(a file object reading the object as it arrives, its size in bytes), without first
        copying the whole object (S3Storage.open does, into memory or a temporary file)."""
        key = self._normalize_name(clean_name(name))
        client = self.connection.meta.client
        try:
            answer = client.get_object(Bucket=self.bucket_name, Key=key)
        except client.exceptions.NoSuchKey:
            raise FileNotFoundError(f"No such file in the bucket: {name}") from None
        return answer["Body"], answer["ContentLength"]

    def files(self):
        """(name, size) of every object under the storage's prefix, in one paginated listing
        (walking it folder by folder with listdir() would cost a request per folder)."""
        prefix = f"{self.location.strip('/')}/" if self.location.strip("/") else ""
        pages = self.connection.meta.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket_name, Prefix=prefix
        )
        for page in pages:
            for entry in page.get("Contents", ()):
                if not entry["Key"].endswith("/"):
                    yield entry["Key"][len(prefix) :], entry["Size"]


def file_response(file_storage, name, **options):
    """A FileResponse streaming the file `name` from `file_storage` (a bucket or the local
    folder), with its length; FileNotFoundError if the storage has lost it. `options` are
    FileResponse's (as_attachment, filename, content_type)."""
    if isinstance(file_storage, MediaStorage):
        body, size = file_storage.stream(name)
        response = FileResponse(body, **options)
        response["Content-Length"] = str(size)
        return response
    return FileResponse(file_storage.open(name, "rb"), **options)


def streamed(response, field_file):
    """`response`, a FileResponse of `field_file` made by a view that reads the file itself
    (Wagtail's document view does), made to stream the object from the bucket as it arrives
    instead of copying it whole first; any other response as it is."""
    storage = field_file.storage
    if (
        isinstance(response, FileResponse)
        and isinstance(storage, MediaStorage)
        and isinstance(response.file_to_stream, FieldFile)
        and response.file_to_stream.name == field_file.name
    ):
        body, size = storage.stream(field_file.name)
        content_type = response["Content-Type"]
        response.streaming_content = body  # FileResponse reads a file object in blocks
        response["Content-Type"] = content_type
        response["Content-Length"] = str(size)
    return response
