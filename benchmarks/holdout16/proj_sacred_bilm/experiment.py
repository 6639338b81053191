# expect: crash
"""Sacred-style experiment: ELMo-like bidirectional LM pretraining resumed from a
'pretrained' checkpoint object, then fine-tuned."""
import torch

from ingredients import ex
from bilm import BiLM, build_model


@ex.config
def cfg():
    vocab = 30
    dim = 8
    steps = 2
    lr = 1e-3
    pretrained = "bilm-small"


@ex.capture
def make_batch(vocab, _rng):
    return torch.randint(0, vocab, (3, 7), generator=_rng)


@ex.capture
def finetune(model: BiLM, steps, lr, _log):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for i in range(steps):
        toks = make_batch()
        loss = model.loss(toks)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        _log.info("step %d loss %.4f", i, loss.item())


@ex.automain
def main():
    model = build_model()
    finetune(model)
