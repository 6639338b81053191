import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("hwr.engine")


def synthetic_batch(bs=4, width=12, n_feat=6, tgt_len=5, n_chars=9):
    return torch.randn(bs, width, n_feat), torch.randint(2, n_chars, (bs, tgt_len))


def char_error_rate(pred, gold):
    return float((pred != gold).float().mean())


def validate(model, n_batches=1):
    model.eval()
    cers = []
    for _ in range(n_batches):
        cols, gold = synthetic_batch()
        cers.append(char_error_rate(model.greedy(cols, gold.size(1)), gold))
    return sum(cers) / len(cers)


def train_one_epoch(model, opt, n_batches=2):
    total = 0.0
    for _ in range(n_batches):
        cols, tgt = synthetic_batch()
        logits = model(cols, tgt)
        loss = F.cross_entropy(logits.flatten(0, 1), tgt.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        total += float(loss)
    return total / n_batches


def fit(model, epochs=2, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for epoch in range(epochs):
        loss = train_one_epoch(model, opt)
        cer = validate(model)
        log.info("epoch %d loss %.3f cer %.3f", epoch, loss, cer)
        print(f"epoch {epoch} loss {loss:.3f} cer {cer:.3f}")
    return model
