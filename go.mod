module github.com/krait-dev/krait

go 1.26.8

require golang.org/x/text v0.44.0

require github.com/pelletier/go-toml/v2 v2.4.3
