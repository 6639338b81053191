# expect: clean
"""DeepLog-style detector; the online update re-enters training mode before its forward."""
import torch
import torch.nn as nn

NUM_KEYS, WINDOW = 10, 4


class KeyLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(NUM_KEYS, 4)
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, NUM_KEYS)

    def forward(self, keys):
        h, _ = self.lstm(self.embed(keys))
        return self.out(h[:, -1])


def windows(seq):
    return (torch.stack([seq[i:i + WINDOW] for i in range(len(seq) - WINDOW)]),
            seq[WINDOW:])


class Detector:
    def __init__(self, model, topk=3):
        self.model, self.topk = model, topk
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def fit(self, seq):
        self.model.train()
        x, y = windows(seq)
        for _ in range(3):
            self.opt.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()
            self.opt.step()

    def predict(self, seq):
        self.model.eval()
        x, y = windows(seq)
        logits = self.model(x)
        miss = ~(logits.topk(self.topk, -1).indices == y[:, None]).any(-1)
        return x, y, miss

    def feedback(self, x, y, miss):
        self.model.train()
        sel = miss if miss.any() else torch.ones_like(miss)
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x[sel]), y[sel])
        loss.backward()
        self.opt.step()
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    det = Detector(KeyLSTM())
    det.fit(torch.randint(0, NUM_KEYS, (30,)))
    x, y, miss = det.predict(torch.randint(0, NUM_KEYS, (16,)))
    print("anomalies", int(miss.sum()), "feedback loss", round(det.feedback(x, y, miss), 3))
