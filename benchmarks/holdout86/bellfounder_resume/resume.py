# expect: crash
import torch
import torch.nn.functional as F

import ckpt
from tuning import PartialTuner

torch.manual_seed(6)
data = [(torch.randn(4, 6, 3), torch.randn(4, 3)) for _ in range(3)]


def train(model, epochs=1):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()


def session_one():
    model = PartialTuner()
    model.train()
    train(model)
    path = ckpt.scratch_path()
    ckpt.save_best(model, data, path)
    return path


def session_two(path):
    model = ckpt.load(path)
    return train(model, epochs=2)


if __name__ == "__main__":
    print("resumed", session_two(session_one()))
