import torch.nn as nn
import torch.nn.functional as F

MODEL_FOR_CAUSAL_LM_MAPPING = {}


def register(name):
    def deco(cls):
        MODEL_FOR_CAUSAL_LM_MAPPING[name] = cls
        return cls
    return deco


@register("lstm")
class LstmForCausalLM(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.wte = nn.Embedding(vocab, hidden)
        self.body = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.norm = nn.LayerNorm(hidden)
        self.lm_head = nn.Linear(hidden, vocab)

    def forward(self, input_ids, labels=None):
        h, _ = self.body(self.wte(input_ids))
        logits = self.lm_head(self.norm(h))
        out = {"logits": logits}
        if labels is not None:
            out["loss"] = F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1))
        return out


def build_model(model_type, **kwargs):
    return MODEL_FOR_CAUSAL_LM_MAPPING[model_type](**kwargs)
