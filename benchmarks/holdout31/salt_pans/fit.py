# expect: clean
"""Salt-pan evaporation: daily brine-depth loss from wind, sun and humidity.
Rounds of uncertainty sampling: score unlabelled pans in eval mode, then
fine-tune on the queried ones by iterating the trainer step by step."""
import torch

from pans import EvapNet, StepTrainer, query_uncertain, pan_days


def main():
    torch.manual_seed(43)
    model = EvapNet(hidden=8)
    labelled = pan_days(n=8, seed=0)
    pool = pan_days(n=12, seed=1)
    for rnd in range(2):
        trainer = StepTrainer(model, labelled, lr=4e-3, epochs=2)
        steps = iter(trainer)           # the generator has not started yet
        picked = query_uncertain(model, pool, k=4)
        labelled = (torch.cat([labelled[0], pool[0][picked]]), torch.cat([labelled[1], pool[1][picked]]))
        losses = [rec["loss"] for rec in steps]
        print(f"round {rnd}: picked {picked.tolist()} last loss {losses[-1]:.4f}")


if __name__ == "__main__":
    main()
