"""`torchmode serve`: start the language server over stdio (default) or TCP.

The CLI dispatches `torchmode serve ...` and `python -m torchmode serve ...` here.
"""

from __future__ import annotations

import argparse
import logging
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="torchmode serve",
        description="Run the torchmode language server (TM001 diagnostics and quick fixes).",
    )
    parser.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    parser.add_argument("--tcp", metavar="HOST:PORT",
                        help="listen on a loopback TCP port instead of stdio; clients must send the token "
                             "(initializationOptions.token) from $TORCHMODE_TOKEN or --token-file")
    parser.add_argument("--token-file", metavar="PATH",
                        help="with --tcp: write the token clients must send here (mode 0600)")
    parser.add_argument("--log-file", metavar="PATH", help="write the server's log here (default: stderr)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more logging: -v info, -vv debug (including pygls' message traffic)")
    return parser


def _configure_logging(log_file: str | None, verbosity: int) -> None:
    handler = logging.FileHandler(log_file, encoding="utf-8") if log_file else logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG)
    # pygls logs every message it sends at INFO: only show that traffic at -vv.
    logging.getLogger("pygls").setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)


def _host_port(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not port.isdigit():
        raise SystemExit(f"torchmode serve: --tcp wants HOST:PORT, got {value!r}")
    return host or "127.0.0.1", int(port)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        argv = argv[1:]
    args = _parser().parse_args(argv)
    _configure_logging(args.log_file, args.verbose)

    if args.tcp:
        from torchmode import tcp

        return tcp.serve(*_host_port(args.tcp), args.token_file)

    from torchmode.lsp.server import create_server

    server = create_server()
    # A long-lived process holding jedi's and the engine's caches has many live objects: an
    # automatic collection inside a check walks them and shows as latency. The server collects
    # between checks instead (lsp/server.py, IdleCollector).
    server.collector.take_over()
    # stdout carries the protocol: anything else printing there (a library, a stray print) would
    # corrupt it, so such output goes to stderr.
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    return _serve_stdio(server, sys.stdin.buffer, protocol_out)


def _serve_stdio(server, stdin, stdout) -> int:
    """Serve LSP on stdin/stdout with our own message reader (lsp/transport.py), which survives
    broken framing where pygls' reader goes silent for good.

    A pipe or socket is read by the event loop itself: pygls reads every header line and body
    through `run_in_executor`, four thread hand-offs per message, and on a busy 2-core machine
    each costs up to a GIL switch interval. Other stdins (a regular file, /dev/null: epoll cannot
    watch them) are read through pygls' thread-pool reader. Returns the exit code (0 after
    shutdown + exit, 1 after exit alone, as LSP asks).
    """
    import asyncio
    import os
    import stat
    import threading

    from pygls.io_ import StdinAsyncReader, StdoutWriter

    from torchmode.lsp.transport import serve_messages

    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError):
        mode = 0
    pollable = stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)

    async def serve() -> None:
        reader: asyncio.StreamReader | StdinAsyncReader
        if pollable:
            stream = reader = asyncio.StreamReader(limit=2**31 - 1)
            await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stream), stdin)
        else:
            reader = StdinAsyncReader(stdin, server.thread_pool)
        server._stop_event = threading.Event()
        server.protocol.set_writer(StdoutWriter(stdout))
        await serve_messages(reader, server.protocol, server._stop_event, server.report_server_error)

    code = 0
    try:
        asyncio.run(serve())
    except (BrokenPipeError, ConnectionResetError):
        logging.getLogger(__name__).error("lost the connection to the client")
    except KeyboardInterrupt:
        pass
    except SystemExit as exit:  # pygls' `exit` handler ends the process this way
        code = exit.code if isinstance(exit.code, int) else 0
    finally:
        server.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
