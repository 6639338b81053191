# expect: crash
"""Video captioning: mean-pooled frame features -> GRU decoder with beam search.
Every `show_every` steps the trainer prints a beam-search caption for a fixed
clip so progress can be eyeballed in the log.
"""
import torch

from vcap.model import VideoCaptioner
from vcap.trainer import CaptionTrainer


def main():
    torch.manual_seed(8)
    model = VideoCaptioner(feat_dim=10, vocab=15, hidden=8)
    batches = [(torch.randn(3, 5, 10), torch.randint(3, 15, (3, 6))) for _ in range(3)]
    CaptionTrainer(model, show_every=1).fit(batches, probe=torch.randn(1, 5, 10))


if __name__ == "__main__":
    main()
