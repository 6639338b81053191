from dataclasses import dataclass

import torch


@dataclass
class FedAvg:
    fraction_fit: float = 1.0
    evaluate_first: bool = False

    def aggregate_fit(self, results):
        total = sum(n for _, n, _ in results)
        return [sum(p[i] * n for p, n, _ in results) / total for i in range(len(results[0][0]))]


def start_simulation(client_fn, num_clients, num_rounds, strategy, initial_parameters):
    params, history = initial_parameters, []
    for rnd in range(1, num_rounds + 1):
        clients = [client_fn(str(c)) for c in range(num_clients)]
        if strategy.evaluate_first:
            losses = [c.evaluate(params, {})[0] for c in clients]
            history.append((rnd, sum(losses) / len(losses)))
        results = [c.fit(params, {"local_epochs": 1}) for c in clients]
        params = strategy.aggregate_fit(results)
    return history
