"""A TCP proxy on loopback that puts a distant server behind a local one:
every packet burst waits half the round trip on its way in each direction,
and the proxy counts the round trips the client makes.

    python bench/latency_proxy.py --target 127.0.0.1:5432 --rtt 100 [--listen 6543]

then point the client at the proxy's port (`--db
postgresql://user@127.0.0.1:6543/db`). Ctrl+C prints the counts.
bench/bench_distance.py starts one in its own process (`LatencyProxy`).

What is simulated:

- a connection costs one round trip before the client can send (the TCP
  handshake): the proxy connects to the server only after `rtt`;
- whatever either side sends arrives `rtt / 2` later, in order (bandwidth
  is not limited: a 5,000-row answer arrives as fast as a small one);
- a round trip is counted when the server answers after the client sent
  something: a client that sends several messages before it waits for the
  answer (a pipeline) pays one; messages the server sends on its own
  (NOTIFY) and a client's goodbye without an answer count none. The TCP
  handshake of each new connection counts one (`connections` says how many).

The counter moves when the proxy reads the server's answer, before it
delays it, so a client that got its answer has been counted: a bench can
read `round_trips` before and after a call to attribute them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading


class LatencyProxy:
    """The proxy, running in an asyncio loop on a thread of its own."""

    def __init__(self, target_host: str, target_port: int, rtt_ms: float = 100.0,
                 listen_host: str = "127.0.0.1", listen_port: int = 0):
        self.target = (target_host, target_port)
        self.listen = (listen_host, listen_port)
        self.rtt = rtt_ms / 1000
        self.round_trips = 0
        self.connections = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # -- the client's side -------------------------------------------------------------

    def start(self) -> LatencyProxy:
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self._thread.start()
        self._ready.wait()
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    def set_rtt(self, rtt_ms: float) -> None:
        """Change the delay for what is sent from now on (0: count only)."""
        self.rtt = rtt_ms / 1000

    def __enter__(self) -> LatencyProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- the loop ----------------------------------------------------------------------

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, *self.listen))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()

    async def _serve(self, client_in: asyncio.StreamReader,
                     client_out: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.round_trips += 1  # SYN, SYN-ACK: the client waits a round trip to send
        await asyncio.sleep(self.rtt)
        try:
            server_in, server_out = await asyncio.open_connection(*self.target)
        except OSError:
            client_out.close()
            return
        waiting = [False]  # the client sent something the server has not answered yet

        async def pump(reader, writer, from_client: bool) -> None:
            queue: asyncio.Queue = asyncio.Queue()
            deliver = asyncio.ensure_future(self._deliver(queue, writer))
            try:
                while True:
                    data = await reader.read(65536)
                    if from_client:
                        waiting[0] = waiting[0] or bool(data)
                    elif data and waiting[0]:
                        waiting[0] = False
                        self.round_trips += 1
                    queue.put_nowait((self._loop.time() + self.rtt / 2, data))
                    if not data:
                        break
            except (ConnectionError, OSError):
                queue.put_nowait((self._loop.time(), b""))
            await deliver

        with contextlib.suppress(asyncio.CancelledError):  # the proxy stops
            await asyncio.gather(pump(client_in, server_out, True),
                                 pump(server_in, client_out, False))

    async def _deliver(self, queue: asyncio.Queue, writer: asyncio.StreamWriter) -> None:
        """Write what was read, each burst at its time and in order."""
        try:
            while True:
                when, data = await queue.get()
                delay = when - self._loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", required=True, help="HOST:PORT of the server")
    parser.add_argument("--rtt", type=float, default=100.0, help="round trip in ms (100)")
    parser.add_argument("--listen", type=int, default=0, help="port to listen on (any)")
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    proxy = LatencyProxy(host or "127.0.0.1", int(port), args.rtt, listen_port=args.listen)
    proxy.start()
    print(f"listening on 127.0.0.1:{proxy.port}, {args.rtt:g} ms round trip to "
          f"{args.target}; Ctrl+C to stop", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    proxy.stop()
    print(f"{proxy.round_trips} round trips on {proxy.connections} connections")


if __name__ == "__main__":
    main()
