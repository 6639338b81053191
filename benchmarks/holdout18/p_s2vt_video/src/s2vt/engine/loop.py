import torch.nn.functional as F

from .metrics import token_overlap


def train_step(model, opt, feats, caps):
    opt.zero_grad()
    logits = model(feats, caps)
    loss = F.cross_entropy(logits.transpose(1, 2), caps[:, 1:])
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def fit(model, opt, train_set, val_set, epochs=2):
    model.train()
    for epoch in range(epochs):
        for feats, caps in train_set:
            loss = train_step(model, opt, feats, caps)
        hyp = model.greedy(val_set[0])
        print(f"epoch {epoch} loss {loss:.3f} overlap {token_overlap(hyp, val_set[1]):.3f}")
