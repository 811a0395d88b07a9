import asyncio
import contextlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    payload: dict[str, object] = field(default_factory=dict)
    retries: int = 3


class Worker:
    def __init__(self, queue: asyncio.Queue[Job], *, name: str = "w") -> None:
        self._queue = queue
        self.name = name
        self._stopped = asyncio.Event()

    async def run(self) -> None:
        while not self._stopped.is_set():
            try:
                job = await asyncio.wait_for(self._queue.get(), timeout=1.0)
            except asyncio.TimeoutError:
                continue
            async with self._lock() as token:
                await self.handle(job, token)
            self._queue.task_done()

    @contextlib.asynccontextmanager
    async def _lock(self):
        yield object()

    async def handle(self, job: Job, token: object) -> None:
        for attempt in range(job.retries):
            try:
                result = await self.process(job)
            except* ValueError as group:
                print(f"[{self.name}] attempt {attempt + 1}: {group!r}")
            else:
                print(f"[{self.name}] job {job.id} -> {result}")
                break

    async def process(self, job: Job) -> object:
        match job.payload:
            case {"op": "add", "args": [int(a), int(b)]}:
                return a + b
            case {"op": str(op), **rest} if rest:
                raise ValueError(f"unknown op {op!r} with {len(rest)} extra keys")
            case _:
                return None


async def main() -> None:
    queue: asyncio.Queue[Job] = asyncio.Queue()
    workers = [Worker(queue, name=f"w{i}") for i in range(4)]
    async with asyncio.TaskGroup() as tg:
        for w in workers:
            tg.create_task(w.run())
