import asyncio

import torch
import torch.nn.functional as F

from .model import window


async def trainer_task(model, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(steps):
        ids = window()
        logits = model(ids)
        await asyncio.sleep(0)  # let the scorer run while the batch is "in flight"
        loss = F.cross_entropy(logits.flatten(0, 1), ids.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        await asyncio.sleep(0)


async def scorer_task(model, queue, n):
    for _ in range(n):
        model.eval()
        with torch.no_grad():
            ids = window(bs=1)
            score = F.cross_entropy(model(ids).flatten(0, 1), ids.flatten())
        await queue.put(round(float(score), 3))
        await asyncio.sleep(0)
