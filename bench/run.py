"""`make bench`: every benchmark, each printing its own figures."""

from bench import store_bench, web_pages

if __name__ == "__main__":
    store_bench.main(300)
    web_pages.main(1000)
