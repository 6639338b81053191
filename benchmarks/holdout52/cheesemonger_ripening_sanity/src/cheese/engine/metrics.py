class MetricBank:
    def reduce(self, outs):
        n = sum(o["n"] for o in outs) or 1
        return {"loss": sum(o["loss"] * o["n"] for o in outs) / n, "acc": sum(o["correct"] for o in outs) / n}
