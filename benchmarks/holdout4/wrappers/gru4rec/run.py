# expect: crash
"""Train the session recommender on synthetic click streams and report recall during training."""
import torch

from recommender import SessionRecommender

N_ITEMS = 25

if __name__ == "__main__":
    torch.manual_seed(0)
    clicks = torch.randint(0, N_ITEMS, (10, 4))
    valid = [torch.randint(0, N_ITEMS, (5,)) for _ in range(3)]
    rec = SessionRecommender(N_ITEMS, batch_size=4, eval_every=3)
    rec.fit(clicks, valid, epochs=1)
