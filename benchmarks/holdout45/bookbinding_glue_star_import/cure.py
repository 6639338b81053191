# expect: crash
import torch

from bindery.model import *
from bindery.evaluation import *
from bindery.metrics import *


def press_log(n, batch=4, steps=10):
    return [(torch.randn(batch, steps, 3), torch.rand(batch)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(23)
    train, val = press_log(3), press_log(1)
    model = CureNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    print("baseline", round(evaluate(model, val), 4))
    for epoch in range(2):
        train_epoch(model, opt, train)
        print("epoch", epoch, "val", round(evaluate(model, val), 4))
    x, y = val[0]
    with torch.no_grad():
        print("mae (h)", round(mae_hours(model(x), y), 2))
