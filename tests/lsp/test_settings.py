"""Editor settings: initializationOptions, workspace/configuration, pyproject.toml, live changes."""

from __future__ import annotations

import sys

from lsprotocol import types

from .conftest import (
    BUGGY,
    lsp_session,
    open_document,
    wait_for_diagnostics,
    wait_until,
)


def did_change_configuration(client, settings=None):
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=settings))


async def test_configuration_change_rechecks_open_files_without_restart(workspace):
    async with lsp_session(workspace, configuration={"torchmode": {}}) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.severity == types.DiagnosticSeverity.Error

        count = len(client.publications)
        client.set_configuration({"torchmode": {"severity": {"TM001": "warning"}}})
        did_change_configuration(client)
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        [diagnostic] = client.publications[-1][1].diagnostics
        assert diagnostic.severity == types.DiagnosticSeverity.Warning

        count = len(client.publications)
        client.set_configuration({"torchmode": {"ignore": ["TM001"]}})
        did_change_configuration(client)
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        assert list(client.publications[-1][1].diagnostics) == []

        count = len(client.publications)
        client.set_configuration({"torchmode": {"severity": {"TM001": "hint"}}})
        did_change_configuration(client)
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        [diagnostic] = client.publications[-1][1].diagnostics
        assert diagnostic.severity == types.DiagnosticSeverity.Hint

        count = len(client.publications)
        client.set_configuration({"torchmode": {"enable": False}})
        did_change_configuration(client)
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        assert list(client.publications[-1][1].diagnostics) == []


async def test_pushed_settings_for_clients_without_workspace_configuration(workspace):
    from .conftest import capabilities

    async with lsp_session(workspace, caps=capabilities(configuration=False)) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        count = len(client.publications)
        did_change_configuration(client, {"torchmode": {"select": ["TM9"]}})
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        assert list(client.publications[-1][1].diagnostics) == []


async def test_pyproject_settings_apply_and_editor_settings_win(workspace):
    (workspace / "pyproject.toml").write_text('[tool.torchmode]\nseverity = { TM001 = "hint" }\n')
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.severity == types.DiagnosticSeverity.Hint
    settings = {"torchmode": {"severity": {"TM001": "information"}}}
    async with lsp_session(workspace, configuration=settings) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.severity == types.DiagnosticSeverity.Information


async def test_pyproject_change_on_disk_is_picked_up(workspace):
    async with lsp_session(workspace) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        pyproject = workspace / "pyproject.toml"
        pyproject.write_text('[tool.torchmode]\nignore = ["TM001"]\n')
        count = len(client.publications)
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=pyproject.as_uri(), type=types.FileChangeType.Created)]
            )
        )
        await wait_until(lambda: len(client.publications) > count, what="a re-check")
        assert list(client.publications[-1][1].diagnostics) == []


async def test_invalid_settings_warn_and_fall_back_to_defaults(workspace):
    settings = {"torchmode": {"severity": {"TM001": "catastrophic"}, "select": 42, "interpreter": "/no/such/python"}}
    async with lsp_session(workspace, configuration=settings) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        [diagnostic] = await wait_for_diagnostics(client, uri, version=1)
        assert diagnostic.severity == types.DiagnosticSeverity.Error  # the default
        warnings = [m.message for m in client.log_messages if m.type == types.MessageType.Warning]
        assert any("catastrophic" in w for w in warnings), warnings
        assert any("select" in w for w in warnings), warnings
        assert any("/no/such/python" in w for w in warnings), warnings
        assert client.messages == []  # no pop-ups


async def test_initialization_options_are_read(workspace):
    async with lsp_session(workspace, init_options={"settings": {"ignore": ["TM001"]}}) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert await wait_for_diagnostics(client, uri, version=1) == []


async def test_interpreter_setting_is_accepted(workspace):
    settings = {"torchmode": {"interpreter": [sys.executable], "extraPaths": [str(workspace / "src")]}}
    async with lsp_session(workspace, configuration=settings) as client:
        uri = open_document(client, workspace / "train.py", BUGGY)
        assert len(await wait_for_diagnostics(client, uri, version=1)) == 1
        assert not [m for m in client.log_messages if m.type == types.MessageType.Warning]


async def test_watched_files_and_configuration_are_registered_dynamically(workspace):
    async with lsp_session(workspace) as client:
        await wait_until(lambda: len(client.registrations) >= 2, what="registrations")
        methods = {r.method for r in client.registrations}
        assert methods == {types.WORKSPACE_DID_CHANGE_WATCHED_FILES, types.WORKSPACE_DID_CHANGE_CONFIGURATION}


async def test_exclude_globs_work_as_in_torchmode_check(workspace):
    (workspace / "pyproject.toml").write_text('[tool.torchmode]\nexclude = ["experiments"]\n')
    (workspace / "experiments" / "old").mkdir(parents=True)
    async with lsp_session(workspace) as client:
        skipped = open_document(client, workspace / "experiments" / "old" / "train.py", BUGGY)
        checked = open_document(client, workspace / "train.py", BUGGY)
        assert await wait_for_diagnostics(client, skipped, version=1) == []
        assert len(await wait_for_diagnostics(client, checked, version=1)) == 1
