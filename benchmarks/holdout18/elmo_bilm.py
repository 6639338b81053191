# expect: crash
"""ELMo-style bidirectional LM; the recurrent class comes from a config string."""
import math
import torch
import torch.nn as nn

CFG = {"rnn_type": "LSTM", "vocab": 30, "emb": 8, "hidden": 12, "steps": 4, "eval_every": 2}


class BiLM(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        rnn_cls = getattr(nn, cfg["rnn_type"])
        self.emb = nn.Embedding(cfg["vocab"], cfg["emb"])
        self.fwd = rnn_cls(cfg["emb"], cfg["hidden"], batch_first=True)
        self.bwd = rnn_cls(cfg["emb"], cfg["hidden"], batch_first=True)
        self.proj = nn.Linear(cfg["hidden"], cfg["vocab"])

    def forward(self, tokens):
        e = self.emb(tokens)
        hf, _ = self.fwd(e[:, :-1])
        hb, _ = self.bwd(e.flip(1)[:, :-1])
        lf = nn.functional.cross_entropy(self.proj(hf).transpose(1, 2), tokens[:, 1:])
        lb = nn.functional.cross_entropy(self.proj(hb).transpose(1, 2), tokens.flip(1)[:, 1:])
        return (lf + lb) / 2


def perplexity(model, batches):
    model.eval()
    tot = 0.0
    with torch.no_grad():
        for b in batches:
            tot += model(b).item()
    return math.exp(tot / len(batches))


def main():
    torch.manual_seed(1)
    model = BiLM(CFG)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    train = [torch.randint(0, CFG["vocab"], (4, 7)) for _ in range(3)]
    dev = [torch.randint(0, CFG["vocab"], (4, 7))]
    model.train()
    for step in range(CFG["steps"]):
        for b in train:
            opt.zero_grad()
            loss = model(b)
            loss.backward()  # TM001-here
            opt.step()
        if (step + 1) % CFG["eval_every"] == 0:
            print("step", step, "dev ppl", round(perplexity(model, dev), 2))


if __name__ == "__main__":
    main()
