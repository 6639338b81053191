# expect: clean
"""The training config lists the name prefixes of the submodules to hold in eval; fit() calls model.train() and
then hold_in_eval(model, cfg["eval_prefixes"]) at the top of each epoch. The only prefix, "enc_norm", matches
the LayerNorm alone, so the LSTM named `encoder` stays in train mode and every backward is fine."""
import torch
import torch.nn.functional as F

from freeze import hold_in_eval
from model import SeqClassifier

CFG = {"eval_prefixes": ["enc_norm"], "epochs": 2, "lr": 0.05}


def batches(n=3):
    return [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(n)]


def fit(model, cfg):
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        hold_in_eval(model, cfg["eval_prefixes"])
        for x, y in batches():
            loss = F.cross_entropy(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: loss {loss.item():.3f}")


if __name__ == "__main__":
    torch.manual_seed(0)
    fit(SeqClassifier(), CFG)
