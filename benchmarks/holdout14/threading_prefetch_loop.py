# expect: clean
"""A threading-based prefetcher fills a queue with batches while the main thread trains a keyword-spotting GRU;
a validation pass (eval + no_grad) runs every epoch, and train() is called at the top of every epoch."""
import queue
import threading
import torch
import torch.nn as nn
import torch.nn.functional as F


class Prefetcher:
    def __init__(self, n_batches, depth=2):
        self.q = queue.Queue(maxsize=depth)
        self.n = n_batches
        self.thread = threading.Thread(target=self._worker, daemon=True)
        self.thread.start()

    def _worker(self):
        g = torch.Generator().manual_seed(0)
        for _ in range(self.n):
            self.q.put((torch.randn(4, 12, 10, generator=g), torch.randint(0, 4, (4,), generator=g)))
        self.q.put(None)

    def __iter__(self):
        while (item := self.q.get()) is not None:
            yield item


class KWS(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(10, 12, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(12, 4)

    def forward(self, feats):
        return self.fc(self.gru(feats)[0][:, -1])


kws = KWS()
opt = torch.optim.Adam(kws.parameters(), 1e-3)
val = (torch.randn(4, 12, 10), torch.randint(0, 4, (4,)))
for epoch in range(2):
    kws.train()
    for feats, labels in Prefetcher(3):
        loss = F.cross_entropy(kws(feats), labels)
        opt.zero_grad(); loss.backward(); opt.step()
    kws.eval()
    with torch.no_grad():
        print(epoch, F.cross_entropy(kws(val[0]), val[1]).item())
