# expect: clean
"""Async chatbot-intent service: `async def handle_predict` evaluates under inference_mode and a try/finally puts the
encoder back in train mode; `async def handle_label` fine-tunes on a labelled utterance. Both run via asyncio.run."""
import asyncio
import torch
import torch.nn as nn
import torch.nn.functional as F


class IntentModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.encoder = nn.LSTM(8, 8, batch_first=True)
        self.cls = nn.Linear(8, 4)

    def forward(self, ids):
        return self.cls(self.encoder(self.emb(ids))[0][:, -1])


class Service:
    def __init__(self):
        self.model = IntentModel()
        self.opt = torch.optim.Adam(self.model.parameters(), 1e-3)
        self.lock = asyncio.Lock()

    async def handle_predict(self, ids):
        async with self.lock:
            self.model.encoder.eval()
            try:
                with torch.inference_mode():
                    return self.model(torch.tensor([ids])).argmax(-1).item()
            finally:
                self.model.encoder.train()

    async def handle_label(self, ids, intent):
        async with self.lock:
            loss = F.cross_entropy(self.model(torch.tensor([ids])), torch.tensor([intent]))
            self.opt.zero_grad(); loss.backward(); self.opt.step()
            return loss.item()


async def main():
    svc = Service()
    results = await asyncio.gather(svc.handle_predict([1, 2, 3]), svc.handle_label([4, 5], 2),
                                   svc.handle_predict([3, 3]), svc.handle_label([1, 9, 9], 0))
    print(results)


asyncio.run(main())
