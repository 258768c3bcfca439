"""WAGTAIL_FINISH_WORKFLOW_ACTION of the site: what happens when a workflow approves a page.

Wagtail imports the setting's function while its own models are being defined, before any model
of this project can be imported: the work is in translation/release.py, imported on the call."""


def finish_workflow(workflow_state, user=None):
    from translation.release import finish_workflow as finish

    return finish(workflow_state, user=user)
