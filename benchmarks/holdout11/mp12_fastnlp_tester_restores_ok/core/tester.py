import torch


class Tester:
    def __init__(self, data, model, metrics, verbose=1):
        self.data, self._model, self.metrics, self.verbose = data, model, metrics, verbose

    @staticmethod
    def _mode(network, is_test=False):
        if is_test:
            network.eval()
        else:
            network.train()

    def test(self):
        network = self._model
        was_training = network.training
        self._mode(network, is_test=True)
        with torch.no_grad():
            for batch_x, batch_y in self.data:
                pred = network(**batch_x)
                for m in self.metrics:
                    m.evaluate(pred, batch_y)
        results = {type(m).__name__: m.get_metric() for m in self.metrics}
        self._mode(network, is_test=not was_training)
        if self.verbose:
            print("[tester]", results)
        return results
