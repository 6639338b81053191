# expect: crash
"""Legal clause tagging (BiLSTM over token embeddings) with a threading.local phase.

`apply_phase` reads the phase from thread-local state; the main thread sets it to "eval" for
the dev pass and the clause-level fine-tuning afterwards reuses the same phase.
"""
import threading

import torch
import torch.nn as nn

_state = threading.local()
_state.phase = "train"

TAGS = ["O", "B-OBLIGATION", "I-OBLIGATION", "B-TERM", "I-TERM"]


class ClauseTagger(nn.Module):
    def __init__(self, vocab=40, dim=8, hidden=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, ids):
        h, _ = self.rnn(self.emb(ids))
        return self.out(h)


def set_phase(name):
    _state.phase = name


def apply_phase(model):
    model.train(_state.phase == "train")
    return model


def loss_fn(model, ids, tags):
    logits = apply_phase(model)(ids)
    return nn.functional.cross_entropy(logits.flatten(0, 1), tags.flatten())


def main():
    torch.manual_seed(0)
    model = ClauseTagger()
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    ids, tags = torch.randint(0, 40, (4, 7)), torch.randint(0, len(TAGS), (4, 7))
    dev_ids, dev_tags = torch.randint(0, 40, (2, 7)), torch.randint(0, len(TAGS), (2, 7))
    loss = loss_fn(model, ids, tags)
    opt.zero_grad(); loss.backward(); opt.step()
    set_phase("eval")
    with torch.no_grad():
        print("dev loss", loss_fn(model, dev_ids, dev_tags).item())
    # clause-level fine-tuning on the dev contracts flagged by reviewers
    ft = loss_fn(model, dev_ids, dev_tags)
    opt.zero_grad()
    ft.backward()  # TM001-here
    opt.step()


if __name__ == "__main__":
    main()
