# expect: crash
"""Joint intent detection and slot filling (ATIS-like) with a callback-driven trainer."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from slotfill import JointBiLSTM, Trainer, Callback  # noqa: E402
from slotfill.engine import callbacks  # noqa: E402,F401  (registers the built-in callbacks)


def toy_corpus(n=8, length=6, vocab=25, n_slots=5, n_intents=3):
    g = torch.Generator().manual_seed(4)
    words = torch.randint(vocab, (n, length), generator=g)
    slots = torch.randint(n_slots, (n, length), generator=g)
    intents = torch.randint(n_intents, (n,), generator=g)
    return words, slots, intents


def main():
    torch.manual_seed(4)
    data = toy_corpus()
    model = JointBiLSTM(vocab=25, n_slots=5, n_intents=3)
    cbs = [Callback.create(name) for name in ("log", "dev_f1")]
    trainer = Trainer(model, cbs, lr=5e-3)
    trainer.fit(data, dev=toy_corpus(n=4), epochs=3)
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
