# expect: clean
"""GradNorm OOD scoring, generic scorer via __class_getitem__; this scorer
computes the gradient in closed form from the penultimate features, which are
extracted without grad, so no backward through the LSTM is ever needed."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)


class LogClassifier(nn.Module):
    def __init__(self, n_templates=30, d=8, n_cls=3):
        super().__init__()
        self.emb = nn.Embedding(n_templates, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.fc = nn.Linear(d, n_cls)

    def features(self, seq):
        return self.lstm(self.emb(seq))[0][:, -1]

    def forward(self, seq):
        return self.fc(self.features(seq))


class GradNormScorer:
    model_cls = nn.Module

    def __class_getitem__(cls, model_cls):
        return type(f"{cls.__name__}[{model_cls.__name__}]", (cls,), {"model_cls": model_cls})

    def __init__(self, model):
        self.model = model.eval()

    def score(self, seq):
        with torch.no_grad():
            feats = self.model.features(seq)
        out = []
        for f in feats:
            w = self.model.fc.weight.detach().clone().requires_grad_(True)
            logits = F.linear(f, w, self.model.fc.bias.detach())
            kl = -F.log_softmax(logits, -1).mean()
            kl.backward()
            out.append(w.grad.abs().sum().item())
        return out


if __name__ == "__main__":
    model = LogClassifier()
    scorer = GradNormScorer[LogClassifier](model)
    print(type(scorer).__name__, scorer.score(torch.randint(0, 30, (3, 8))))
