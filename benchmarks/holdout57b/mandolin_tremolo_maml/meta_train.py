# expect: crash
"""Mandolin tremolo-speed regression across players, meta-learned with
second-order MAML over a GRU regressor."""
import torch

from mandolin import MetaLearner, TremoloRegressor, sample_players

if __name__ == "__main__":
    torch.manual_seed(43)
    model = TremoloRegressor(hidden=8)
    learner = MetaLearner(model, inner_lr=0.05, inner_steps=1, first_order=False)
    for it in range(3):
        tasks = sample_players(n_tasks=2)
        loss = learner.outer_step(tasks)
        print(f"meta-iter {it} query loss {loss:.4f}")
