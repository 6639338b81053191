# expect: clean
import torch
import torch.nn.functional as F

from ropewalk import TwistRNN
from ropewalk.metrics import evaluate
from ropewalk.tools import *  # noqa: F401,F403


def main():
    torch.manual_seed(8)
    model = TwistRNN()
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    train_set, val_set = make_batches(3, 0), make_batches(2, 1)
    model.train()
    for epoch in range(3):
        for x, y in train_set:
            opt.zero_grad()
            loss = F.l1_loss(model(x), y)
            loss.backward()
            clip(model)
            opt.step()
        print(epoch, "val mae", round(evaluate(model, val_set), 4))


if __name__ == "__main__":
    main()
