# expect: crash
"""Log anomaly detection with an LSTM autoencoder, trained online while a scorer coroutine runs.

Both coroutines share one model; `asyncio.gather` interleaves them at every `await`.
"""
import asyncio

import torch

from logad.model import LogAE
from logad.tasks import trainer_task, scorer_task


async def main():
    torch.manual_seed(0)
    model = LogAE()
    queue = asyncio.Queue()
    await asyncio.gather(trainer_task(model, steps=3), scorer_task(model, queue, n=3))
    while not queue.empty():
        print("anomaly score", await queue.get())


if __name__ == "__main__":
    asyncio.run(main())
