# expect: clean
"""An asyncio scoring pipeline enters a class-based async mode switch (`__aenter__` sets eval, `__aexit__` puts the
mode back) on an `AsyncExitStack`; the refit runs after the stack's block has put train mode back."""
import asyncio
import contextlib

import torch
import torch.nn as nn


class YieldGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1]).squeeze(-1)


class AsyncMode:
    def __init__(self, model, training):
        self.model, self.training = model, training

    async def __aenter__(self):
        self.was = self.model.training
        self.model.train(self.training)
        return self.model

    async def __aexit__(self, *exc):
        self.model.train(self.was)
        return False


async def refit(model, x, y):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    await asyncio.sleep(0)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


async def plate(model, x, y):
    async with contextlib.AsyncExitStack() as stack:
        scorer = await stack.enter_async_context(AsyncMode(model, False))
        with torch.no_grad():
            preds = scorer(x)
    loss = await refit(model, x, y)
    return preds.mean().item(), loss


model = YieldGRU()
print(asyncio.run(plate(model, torch.randn(3, 6, 4), torch.rand(3))))
