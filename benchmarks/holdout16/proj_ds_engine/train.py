# expect: crash
"""DeepSpeed-flavoured training script: `dslite.initialize` wraps the model in
an engine; `engine.backward(loss)` and `engine.step()` drive the update."""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import dslite  # noqa: E402


class LSTMLM(nn.Module):
    def __init__(self, vocab=24, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(d, vocab)

    def forward(self, x):
        return self.head(self.lstm(self.emb(x))[0])


def lm_loss(logits, x):
    return nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), x[:, 1:].reshape(-1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--eval_interval", type=int, default=2)
    args = ap.parse_args([])
    torch.manual_seed(0)
    ds_config = {"train_batch_size": 4, "optimizer": {"type": "Adam", "params": {"lr": 1e-3}}, "gradient_clipping": 1.0}
    engine, _ = dslite.initialize(model=LSTMLM(), config=ds_config)
    for step in range(args.steps):
        if step and step % args.eval_interval == 0:
            engine.eval()
            with torch.no_grad():
                x = torch.randint(0, 24, (4, 6))
                print("eval loss", lm_loss(engine(x), x).item())
            engine.train()
        x = torch.randint(0, 24, (4, 6))
        loss = lm_loss(engine(x), x)
        engine.backward(loss)
        engine.step()
        print("step", step, loss.item())


if __name__ == "__main__":
    main()
