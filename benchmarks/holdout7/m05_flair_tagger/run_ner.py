# expect: clean
import torch

from flair_mini.models import SequenceTagger
from flair_mini.trainers import ModelTrainer


def split(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        emb = torch.randn(2, 5, 6, generator=g)
        out.append({"embeddings": emb, "tags": (emb[..., 0] > 0).long()})
    return out


torch.manual_seed(0)
corpus = {"train": split(3, 1), "dev": split(1, 2), "test": split(1, 3)}
tagger = SequenceTagger(embeddings_dim=6, hidden_size=8, tag_dictionary=["O", "B-PER"])
trainer = ModelTrainer(tagger, corpus)
result = trainer.train("resources/taggers/example-ner", learning_rate=0.1, max_epochs=2)
print(result)
