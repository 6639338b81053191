import torch.nn as nn
import torch.nn.functional as F

from engine.registry import MODELS


class BaseModel(nn.Module):
    def train_step(self, data, optim_wrapper):
        losses = self(data, mode="loss")
        optim_wrapper.update_params(losses["loss"])
        return {k: v.detach() for k, v in losses.items()}

    def val_step(self, data):
        return self(data, mode="predict")


@MODELS.register_module()
class SeqTagger(BaseModel):
    def __init__(self, vocab, dim, num_tags):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.cls_head = nn.Linear(2 * dim, num_tags)

    def forward(self, data, mode="tensor"):
        feats, _ = self.encoder(self.embed(data["inputs"]))
        logits = self.cls_head(feats)
        if mode == "loss":
            return dict(loss=F.cross_entropy(logits.flatten(0, 1), data["tags"].flatten()))
        if mode == "predict":
            return logits.argmax(-1)
        return logits
