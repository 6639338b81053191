# expect: crash
"""Chemical reaction yield: sequence encoder built from a JSON string, fine-tuned deterministically."""
import json
import torch
import torch.nn as nn

torch.manual_seed(7)

MODEL_JSON = """
{"vocab": 20, "emb": 6, "hidden": 10, "rnn": "GRU", "layers": 1, "head": [10, 4, 1]}
"""


class YieldModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.emb = nn.Embedding(cfg["vocab"], cfg["emb"])
        self.rnn = getattr(nn, cfg["rnn"])(cfg["emb"], cfg["hidden"], cfg["layers"], batch_first=True)
        dims = cfg["head"]
        layers = []
        for a, b in zip(dims, dims[1:]):
            layers += [nn.Linear(a, b), nn.Tanh()]
        self.head = nn.Sequential(*layers[:-1])

    def forward(self, tokens):
        h, _ = self.rnn(self.emb(tokens))
        return torch.sigmoid(self.head(h[:, -1])).squeeze(-1)


def finetune_deterministic(model, tokens, yields, steps=3):
    model.eval()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(tokens), yields)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    m = YieldModel(json.loads(MODEL_JSON))
    print("loss", finetune_deterministic(m, torch.randint(0, 20, (5, 9)), torch.rand(5)))
