# expect: clean
"""Marimba mallet-velocity model driven by callable step objects run from a schedule table.

The evaluation step switches to eval; the training step sets train() itself on every call,
so the order in the table does not matter."""
import torch
import torch.nn as nn

torch.manual_seed(13)


class MalletNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(12, 6)
        self.gru = nn.GRU(6, 8, batch_first=True, bidirectional=True)
        self.vel = nn.Linear(16, 1)

    def forward(self, notes):
        o, _ = self.gru(self.emb(notes))
        return self.vel(o).squeeze(-1)


class Step:
    def __init__(self, model):
        self.model = model

    def batch(self):
        return torch.randint(0, 12, (4, 7)), torch.rand(4, 7)


class EvalStep(Step):
    def __call__(self):
        self.model.eval()
        notes, vel = self.batch()
        with torch.no_grad():
            return {"val_mae": nn.functional.l1_loss(self.model(notes), vel).item()}


class TrainStep(Step):
    def __init__(self, model, opt):
        super().__init__(model)
        self.opt = opt

    def __call__(self):
        self.model.train()
        notes, vel = self.batch()
        loss = nn.functional.mse_loss(self.model(notes), vel)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return {"loss": loss.item()}


def main():
    model = MalletNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    steps = {"eval": EvalStep(model), "train": TrainStep(model, opt)}
    schedule = ["eval", "train", "train", "eval", "train", "eval"]
    for i, name in enumerate(schedule):
        print(i, name, steps[name]())


if __name__ == "__main__":
    main()
