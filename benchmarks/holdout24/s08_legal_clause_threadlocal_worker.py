# expect: clean
"""Legal clause tagging with a threading.local phase; the dev pass runs in a worker thread.

The worker sets *its own* thread-local phase to "eval" and only reports a number; the main
thread's phase is still "train" when it fine-tunes, and the worker never touches the model's mode.
"""
import threading

import torch
import torch.nn as nn

_state = threading.local()
TAGS = ["O", "B-PARTY", "I-PARTY", "B-DATE"]


def phase():
    return getattr(_state, "phase", "train")


class ClauseTagger(nn.Module):
    def __init__(self, vocab=40, dim=8, hidden=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, ids):
        h, _ = self.rnn(self.emb(ids))
        return self.out(h)


def dev_worker(model, ids, tags, results):
    _state.phase = "eval"
    with torch.no_grad():
        logits = model(ids)
        results["dev"] = nn.functional.cross_entropy(logits.flatten(0, 1), tags.flatten()).item()
        results["phase"] = phase()


def main():
    torch.manual_seed(0)
    model = ClauseTagger()
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    ids, tags = torch.randint(0, 40, (4, 7)), torch.randint(0, len(TAGS), (4, 7))
    results = {}
    t = threading.Thread(target=dev_worker, args=(model, ids[:2], tags[:2], results))
    t.start(); t.join()
    print("worker said", results)
    model.train(phase() == "train")
    logits = model(ids)
    loss = nn.functional.cross_entropy(logits.flatten(0, 1), tags.flatten())
    opt.zero_grad(); loss.backward(); opt.step()
    print("main phase", phase(), "loss", loss.item())


if __name__ == "__main__":
    main()
