# expect: crash
# category: tagging
"""NER tagger entry point: build vocab/tag maps, random sentences, call tagger.train."""
import torch
from tagger.model import BiLSTM_CRF
from tagger.train import train

torch.manual_seed(1)
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
tag2id = {t: i for i, t in enumerate(TAGS)}
VOCAB = 30

sentences = [(torch.randint(0, VOCAB, (2, 7)), torch.randint(0, len(TAGS), (2, 7))) for _ in range(4)]
model = BiLSTM_CRF(VOCAB, len(TAGS))
train(model, sentences, epochs=2, id2tag=TAGS)
print("done")
