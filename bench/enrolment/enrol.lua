-- wrk script: every request is a new person (a distinct email), so every request is a new accepted enrolment.
-- Threads number themselves in setup(); the run's start time keeps emails distinct across runs on one data directory.
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  run = os.getenv("RUN_ID") or tostring(os.time())
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local template = [[{"role":"mentee","name":"Bench Mentee %d","email":"bench-%s-%d-%d@example.org",
"timeZone":"Europe/London","languages":["en","de"],"organisation":"Northwind","seniority":{"level":3,"yearsOfExperience":5},
"industry":"banking","channels":["video"],
"availability":[{"day":"monday","start":"08:00","end":"10:00"},{"day":"wednesday","start":"12:00","end":"14:00"}],
"goals":[{"text":"Prepare for a promotion to associate director","tags":["leadership"]},{"text":"Grow my network","tags":["networking"]}],
"skillsWanted":["negotiation"],"wishes":{"industryExperience":true,"communicationStyle":"direct","background":"noPreference"}}]]

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format(template, counter, run, tid, counter))
end
