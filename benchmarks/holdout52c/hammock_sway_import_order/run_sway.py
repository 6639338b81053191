# expect: clean
import torch

from common import *  # noqa: F401,F403
from metrics import *  # noqa: F401,F403

if __name__ == "__main__":
    torch.manual_seed(11)
    model = SwayNet()  # noqa: F405
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_nights, val_nights = make_nights(3), make_nights(2)  # noqa: F405
    for epoch in range(3):
        loss = train_epoch(model, train_nights, opt)  # noqa: F405
        score = evaluate(model, val_nights)  # noqa: F405
        print(f"epoch {epoch} loss {loss:.3f} val {score:.3f}")
