# expect: clean
"""Chemical reaction yield: an asyncio pipeline that scores a plate, then refits on the measured yields."""
import asyncio

import torch

from contexts import evaluating, timed
from model import YieldGRU, refit, score


async def plate(model, tokens, yields):
    async with timed("plate") as clock:
        async with evaluating(model):
            preds = await score(model, tokens)
        loss = await refit(model, tokens, yields)
    return preds.mean().item(), loss, clock["ticks"]


def main():
    torch.manual_seed(5)
    model = YieldGRU()
    tokens, yields = torch.randint(0, 24, (4, 10)), torch.rand(4)
    print(asyncio.run(plate(model, tokens, yields)))


if __name__ == "__main__":
    main()
