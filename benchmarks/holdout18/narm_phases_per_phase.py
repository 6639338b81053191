# expect: clean
"""NARM session recommender; the phase loop dispatches to f"{phase}_step" with getattr."""
import torch
import torch.nn as nn


class NARM(nn.Module):
    def __init__(self, n_items=20, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_items, 6)
        self.gru = nn.GRU(6, hidden, batch_first=True)
        self.a1 = nn.Linear(hidden, hidden, bias=False)
        self.a2 = nn.Linear(hidden, hidden, bias=False)
        self.v = nn.Linear(hidden, 1, bias=False)
        self.out = nn.Linear(2 * hidden, n_items)

    def forward(self, sess):
        h, last = self.gru(self.emb(sess))
        last = last[-1]
        alpha = self.v(torch.sigmoid(self.a1(h) + self.a2(last).unsqueeze(1)))
        local = (alpha * h).sum(1)
        return self.out(torch.cat([local, last], -1))


class Runner:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)

    def train_step(self, sess, nxt):
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(sess), nxt)
        loss.backward()
        self.opt.step()
        return loss.item()

    def val_step(self, sess, nxt):
        with torch.no_grad():
            logits = self.model(sess)
        return (logits.topk(5).indices == nxt[:, None]).any(1).float().mean().item()

    def run(self, schedule, data):
        for epoch, phases in enumerate(schedule):
            for phase in phases:
                self.model.train(mode=phase != "val")
                out = getattr(self, f"{phase}_step")(*data[phase])
                print(epoch, phase, round(out, 3))


if __name__ == "__main__":
    torch.manual_seed(4)
    data = {p: (torch.randint(0, 20, (6, 5)), torch.randint(0, 20, (6,))) for p in ("train", "val")}
    Runner(NARM()).run([("train", "val"), ("val", "train")], data)
