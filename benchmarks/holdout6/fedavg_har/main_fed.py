# expect: crash
# category: federated
"""FedAvg driver: rounds of client updates on deep copies of the global GRU, averaged, then tested."""
import copy
import torch
from fl.nets import HARNet
from fl.client import LocalUpdate, fed_avg
from fl.server import test_global

torch.manual_seed(0)
N_CLIENTS, ROUNDS = 3, 2


def client_data(n_batches=2):
    return [(torch.randn(4, 10, 3), torch.randint(0, 4, (4,))) for _ in range(n_batches)]


clients = [LocalUpdate(client_data()) for _ in range(N_CLIENTS)]
test_set = client_data(2)
net_glob = HARNet()
net_glob.train()

for rnd in range(ROUNDS):
    w_locals, losses = [], []
    for idx in range(N_CLIENTS):
        w, loss = clients[idx].train(copy.deepcopy(net_glob))
        w_locals.append(w)
        losses.append(loss)
    net_glob.load_state_dict(fed_avg(w_locals))
    acc = test_global(net_glob, test_set)
    print(f"round {rnd:3d}, average loss {sum(losses) / len(losses):.3f}, test acc {acc:.2f}")
