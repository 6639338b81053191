import torch

from .model import NERTagger
from ..common.trainer import BaseTrainer


def unpack_batch(batch):
    return batch["word"], batch.get("tags")


class Trainer(BaseTrainer):
    def __init__(self, args=None, vocab_size=20, n_tags=5):
        self.args = args
        self.model = NERTagger(args, vocab_size, n_tags)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=args["lr"], momentum=0.9)

    def update(self, batch, eval=False):
        word, tags = unpack_batch(batch)
        if eval:
            self.model.eval()
        else:
            self.model.train()
            self.optimizer.zero_grad()
        loss, _ = self.model(word, tags)
        loss_val = loss.item()
        if eval:
            return loss_val
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.args["max_grad_norm"])
        self.optimizer.step()
        return loss_val

    def predict(self, batch, unsort=True):
        word, _ = unpack_batch(batch)
        self.model.eval()
        with torch.no_grad():
            _, logits = self.model(word)
        return logits.argmax(-1).tolist()
