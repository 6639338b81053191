# expect: crash
"""Ropewalk QA: tag each metre of a laid rope as ok / slack / over-twisted from
the sequence of twist-gauge codes.  The recurrent trunk comes from a model
trained on hemp ropes and is kept fixed; the code embedding and tagger are
re-learned for sisal."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CODES, EMB, HIDDEN, TAGS = 20, 8, 12, 3


class RopeTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(CODES, EMB)
        self.trunk = nn.Sequential(nn.LSTM(EMB, HIDDEN, batch_first=True))
        self.tagger = nn.Linear(HIDDEN, TAGS)

    def forward(self, codes):
        h, _ = self.trunk(self.embed(codes))
        return self.tagger(h)


def freeze_recurrent(model):
    """Put recurrent layers in inference mode and stop their updates."""
    frozen = []
    for module in model.modules():
        if isinstance(module, nn.RNNBase):
            module.eval()
            module.requires_grad_(False)
            frozen.append(type(module).__name__)
    return frozen


def make_step(model, lr):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)

    def step(codes, tags):
        opt.zero_grad()
        logits = model(codes)
        loss = F.cross_entropy(logits.reshape(-1, TAGS), tags.reshape(-1))
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()

    return step


def sisal_batches(n, seed, metres=10, batch=4):
    g = torch.Generator().manual_seed(seed)
    codes = torch.randint(0, CODES, (n, metres), generator=g)
    tags = torch.bucketize(codes, torch.tensor([6, 14]))
    return list(zip(codes.split(batch), tags.split(batch)))


def main():
    torch.manual_seed(9)
    model = RopeTagger()
    print("frozen:", freeze_recurrent(model) or "nothing")
    step = make_step(model, lr=1e-2)
    for epoch in range(2):
        losses = [step(c, t) for c, t in sisal_batches(12, seed=epoch)]
        print(f"epoch {epoch}: mean loss {sum(losses) / len(losses):.4f}")


if __name__ == "__main__":
    main()
