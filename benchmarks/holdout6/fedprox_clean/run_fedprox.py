# expect: clean
# category: federated
"""FedProx simulation: each round clients report their loss on the global model, then update locally."""
import torch
from federated.models import CharLSTM
from federated.client import Client

torch.manual_seed(3)
clients = [Client(i, [(torch.randint(0, 20, (3, 6)), torch.randint(0, 20, (3,)))]) for i in range(3)]
global_model = CharLSTM()


def aggregate(results):
    total = sum(n for _, n in results)
    new_state = {}
    for key in results[0][0]:
        new_state[key] = sum(state[key] * (n / total) for state, n in results)
    return new_state


for rnd in range(2):
    pre_losses = [c.evaluate(global_model) for c in clients]
    results = [c.update(global_model) for c in clients]
    global_model.load_state_dict(aggregate(results))
    print(f"round {rnd}: mean pre-update loss {sum(pre_losses) / len(pre_losses):.3f}")
