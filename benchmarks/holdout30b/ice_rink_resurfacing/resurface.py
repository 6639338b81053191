# expect: clean
"""Ice-rink resurfacing: forecast how long the ice surface needs to re-freeze after a
resurfacing pass, from brine temperatures and the flood-water volume trace.

The trainer is indexed by phase name: trainer["fit"](...), trainer["evaluate"](...)."""
from rinkcast import PhaseTrainer, RefreezeGRU, rink_sessions

if __name__ == "__main__":
    import torch

    torch.manual_seed(21)
    trainer = PhaseTrainer(RefreezeGRU())
    league, figure_skating = rink_sessions(0), rink_sessions(1)
    for epoch in range(2):
        print("fit", trainer["fit"](*league))
        print("evaluate", trainer["evaluate"](*figure_skating))
    # the figure-skating rink keeps the ice colder: a short fine-tune on its sessions
    print("finetune", trainer["finetune"](*figure_skating))
    print("evaluate", trainer["evaluate"](*figure_skating))
